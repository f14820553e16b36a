"use server";

import { formAction } from "@/lib/http/form-action";
import { typedValues } from "@/lib/http/form-state";
import { candidateOf } from "@/lib/workshops/candidate";
import { submitWorkshopInformation } from "@/lib/workshops/submit-workshop-information";

const applicationPage = (applicationId: string) => `/workshops/applications/${applicationId}`;

// What was typed stays in the form, with the errors field by field.
export const submitInformationAction = formAction<[applicationId: string]>(
  { signIn: applicationPage, revalidate: (_form, applicationId) => applicationPage(applicationId), keepValues: true },
  ({ viewer }, form, applicationId) => submitWorkshopInformation(candidateOf(viewer), applicationId, typedValues(form)),
);
