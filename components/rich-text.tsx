import { Fragment } from "react";
import { parseRichText, type Inline } from "@/lib/content/rich-text";
import { TextAnchor } from "@/components/ui/text-anchor";

function Inlines({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case "text":
        return <Fragment key={index}>{node.text}</Fragment>;
      case "strong":
        return (
          <strong key={index}>
            <Inlines nodes={node.children} />
          </strong>
        );
      case "em":
        return (
          <em key={index}>
            <Inlines nodes={node.children} />
          </em>
        );
      case "link":
        return (
          <TextAnchor key={index} href={node.href} rel="noopener noreferrer nofollow" target="_blank">
            <Inlines nodes={node.children} />
          </TextAnchor>
        );
    }
  });
}

/** A course description written in the platform's Markdown subset (see lib/content/rich-text.ts). */
export function RichText({ source }: { source: string }) {
  return (
    <div className="space-y-3">
      {parseRichText(source).map((block, index) =>
        block.kind === "paragraph" ? (
          <p key={index}>
            <Inlines nodes={block.children} />
          </p>
        ) : (
          <ul key={index} className="list-disc space-y-1 ps-6">
            {block.items.map((item, i) => (
              <li key={i}>
                <Inlines nodes={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
