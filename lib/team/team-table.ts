// The team list as a table for the CSV, Excel and PDF exports, with translated headers and statuses.
import type { Table } from "@/lib/reports/table-export";
import type { TeamMemberRow } from "./team-members";

export const TEAM_COLUMNS = [
  "country",
  "fullName",
  "username",
  "email",
  "position",
  "status",
  "lastLogin",
  "started",
  "completed",
  "competencies",
] as const;
export type TeamColumn = (typeof TEAM_COLUMNS)[number];

export function teamTable(
  members: TeamMemberRow[],
  platform: boolean,
  labels: { title: string; header: Record<TeamColumn, string>; status: (status: TeamMemberRow["status"]) => string },
): Table {
  const columns = TEAM_COLUMNS.filter((column) => platform || column !== "country");
  const cell = (m: TeamMemberRow, column: TeamColumn) => {
    switch (column) {
      case "country":
        return m.country;
      case "fullName":
        return `${m.firstName} ${m.lastName}`;
      case "username":
        return m.username;
      case "email":
        return m.email;
      case "position":
        return m.position;
      case "status":
        return labels.status(m.status);
      case "lastLogin":
        return m.lastLoginAt;
      case "started":
        return m.coursesStarted;
      case "completed":
        return m.coursesCompleted;
      case "competencies":
        return m.competencies;
    }
  };
  const width: Record<TeamColumn, number> = {
    country: 1.1,
    fullName: 1.6,
    username: 1.3,
    email: 2,
    position: 1.4,
    status: 0.9,
    lastLogin: 1,
    started: 0.7,
    completed: 0.7,
    competencies: 0.8,
  };
  return {
    title: labels.title,
    header: columns.map((column) => labels.header[column]),
    widths: columns.map((column) => width[column]),
    rows: members.map((m) => columns.map((column) => cell(m, column))),
  };
}
