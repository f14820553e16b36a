import { getFormatter, getTranslations } from "next-intl/server";
import { listRegistrationTasks } from "@/lib/accounts/list-registration-tasks";
import type { Viewer } from "@/lib/auth/load-viewer";
import { can } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";
import { RegistrationTask } from "./registration-task";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";

/** Coordinators' and WCO admins' decisions waiting on the dashboard; nothing for other users. */
export async function TasksPanel({ site, viewer }: { site: Site; viewer: Viewer }) {
  if (!can("registrations.decide", { site, viewer })) return null;
  const [t, format, tasks] = await Promise.all([
    getTranslations("Tasks"),
    getFormatter(),
    listRegistrationTasks({ id: viewer.id, homeTenantId: viewer.homeTenantId, roles: viewer.roles }),
  ]);
  return (
    <Panel roomy aria-labelledby="tasks-heading">
      <SectionTitle id="tasks-heading">{t("title")}</SectionTitle>
      {tasks.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {tasks.map((task) => (
            <RegistrationTask
              key={task.id}
              task={{
                id: task.id,
                name: `${task.firstName} ${task.lastName}`,
                username: task.username,
                email: task.email,
                position: task.position,
                administration: task.administration,
                requestedAt: format.dateTime(task.requestedAt, { dateStyle: "medium", timeStyle: "short" }),
              }}
            />
          ))}
        </ul>
      )}
    </Panel>
  );
}
