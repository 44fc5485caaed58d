import type { TextBlock } from '../../../../domain/agreements/agreement.ts';

/** Running text of an agreement: paragraphs and bullet lists. */
export function TextBlocks({ blocks }: { blocks: readonly TextBlock[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.kind === 'absatz' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
