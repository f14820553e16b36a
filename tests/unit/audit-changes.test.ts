// The audit log shows what an entry changed as fields, the way an administrator reads it: only what differs.
import { auditChanges } from "@/lib/console/audit-changes";

describe("auditChanges", () => {
  it("lists the fields whose value differs, in the order they were recorded", () => {
    expect(auditChanges({ status: "ACTIVE", roles: ["LEARNER"] }, { status: "SUSPENDED", roles: ["LEARNER"] })).toEqual(
      [{ field: "status", before: "ACTIVE", after: "SUSPENDED" }],
    );
  });

  it("names nested values by their path and lists as one line", () => {
    expect(
      auditChanges({ prices: { EUR: 100, USD: 120 }, active: true }, { prices: { EUR: 90, USD: 120 }, active: false }),
    ).toEqual([
      { field: "prices.EUR", before: 100, after: 90 },
      { field: "active", before: true, after: false },
    ]);
    expect(auditChanges(null, { roles: ["LEARNER", "NATIONAL_COORDINATOR"] })).toEqual([
      { field: "roles", before: undefined, after: "LEARNER, NATIONAL_COORDINATOR" },
    ]);
  });

  it("shows a field on one side only as added or removed, and a bare recorded value as the entry's value", () => {
    expect(auditChanges({ approverId: "u1" }, null)).toEqual([{ field: "approverId", before: "u1", after: undefined }]);
    expect(auditChanges("Old title", "New title")).toEqual([
      { field: "value", before: "Old title", after: "New title" },
    ]);
  });

  it("finds nothing to show when nothing was recorded or nothing differs", () => {
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
