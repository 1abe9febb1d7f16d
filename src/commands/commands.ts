/** Placeholder (functions engineer): the ribbon command (generateDashboard) is issue 6's. */
export {};
