import type { CourseDetailsText } from "@/lib/catalogue/course-details-text";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

/** A course's details as the server answered them, in the reader's language, inside the catalogue's dialog. */
export function CourseDetailsBody({ details }: { details: CourseDetailsText }) {
  return (
    <div className="space-y-4">
      <p
        className={`rounded p-2 text-sm font-medium ${details.enrolled ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-950"}`}
      >
        {details.status}
      </p>
      <p className="whitespace-pre-line text-slate-800">{details.description}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {details.facts.map((fact) => (
          <div key={fact.term} className="contents">
            <dt className="font-medium text-slate-600">{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <section>
        <h3 className="text-sm font-medium text-slate-600">{details.modulesHeading}</h3>
        {details.modules.length ? (
          <ol className="mt-1 list-decimal space-y-0.5 ps-5 text-sm">
            {details.modules.map((m) => (
              <li key={m.id}>
                {m.title} <span className="text-slate-600">({m.kind})</span>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={details.open.href}>{details.open.label}</ButtonLink>
        {details.enrol ? (
          <form action={details.enrol.action} method="post">
            <Button variant="secondary">{details.enrol.label}</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
