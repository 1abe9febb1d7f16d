/** Placeholder (functions engineer): the browser playground is issue 6's; this renders nothing until it lands. */
export {};
