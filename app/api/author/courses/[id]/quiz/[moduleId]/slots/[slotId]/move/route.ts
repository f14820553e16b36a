import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { moveSlot, type Direction } from "@/lib/quiz/move-slot";

// A quiz entry's up and down buttons post here (plain forms, so they work without JavaScript); the answer
// reloads the quiz's authoring page at the entry.
export const POST = formPost<{ id: string; moduleId: string; slotId: string }>(
  { can: "authoring.author" },
  async ({ site, viewer, params, form }) => {
    const direction = String((await form()).get("direction") ?? "") as Direction;
    await moveSlot(authorOn(site, viewer), params.id, params.moduleId, params.slotId, direction);
    return `/author/courses/${params.id}/quiz/${params.moduleId}#slot-${params.slotId}`;
  },
);
