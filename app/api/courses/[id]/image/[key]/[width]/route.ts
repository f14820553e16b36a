import { readCourseImage } from "@/lib/catalogue/read-course-image";
import { readRoute } from "@/lib/http/route-handler";

// A course image's rendition, for whoever may see the course (404 for anyone else). The address names the stored
// key, which a new upload changes, so the browser keeps it for good; only the browser (private), as the image is
// not everyone's to see.
export const GET = readRoute<{ id: string; key: string; width: string }>({ signedIn: false }, async (input) => {
  const bytes = await readCourseImage(input, input.params.id, input.params.key, input.params.width);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
