/** The Report Manager's reports, in the order the Report Manager page and the coordinator's dashboard list them. */
export const REPORT_MANAGER_REPORTS = [
  { href: "/team/reports/users", key: "usersReport" },
  { href: "/team/reports/courses", key: "courseReport" },
  { href: "/team/reports/interactions", key: "interactionReport" },
] as const;
