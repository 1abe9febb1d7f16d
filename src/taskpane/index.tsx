/** Placeholder (functions engineer): the task pane is issue 6's; this renders nothing until it lands. */
export {};
