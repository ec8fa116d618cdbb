/**
 * Mermaid, wrapped (not ejected): the diagram library is a lesson's largest download and its
 * layout a long task, so a diagram is drawn only when it comes near the viewport, as an exercise's
 * editor is. Drawn 600 px ahead, it is in place before the learner scrolls to it.
 */
import { useRef, type ComponentProps, type ReactNode } from 'react';
import Mermaid from '@theme-original/Mermaid';
import { useNearViewport } from '@site/src/components/useNearViewport';

export default function MermaidNearViewport(props: ComponentProps<typeof Mermaid>): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return (
    <div ref={ref} data-diagram>
      {near && <Mermaid {...props} />}
    </div>
  );
}
