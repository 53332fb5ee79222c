import { Fragment } from 'react';

/**
 * An XPath as code that may break after each slash, so a long path wraps between its steps (never inside an element's
 * name) in a narrow table column or on a 320 px screen.
 */
export function XPad({ pad }: { pad: string }) {
  const stappen = pad.split('/');
  return (
    <code className="xpad">
      {stappen.map((stap, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <>
              /<wbr />
            </>
          )}
          {stap}
        </Fragment>
      ))}
    </code>
  );
}
