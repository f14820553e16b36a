// A course's topics are slugs of the topic registry.
import { registry } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { CourseSettings } from "./course-input";

export async function checkTopics(settings: CourseSettings) {
  const known = new Set((await registry.topic().findMany({ select: { slug: true } })).map((t) => t.slug));
  if (settings.topics.some((topic) => !known.has(topic))) throw new Invalid({ topics: "unknownTopic" });
}
