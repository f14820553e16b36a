import { formPost } from "@/lib/http/route-handler";
import { removeAnnouncement } from "@/lib/information-point/remove-announcement";

// WCO staff remove an announcement (confirmed on the page); already removed (another tab): the page says so.
export const POST = formPost<{ id: string }>(
  { can: "infoPoint.publish", onNotFound: () => "/information-point?error=announcementGone" },
  async (input) => {
    await removeAnnouncement(input, input.params.id);
    return "/information-point?done=announcementRemoved";
  },
);
