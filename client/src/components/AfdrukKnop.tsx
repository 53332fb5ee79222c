/**
 * Opens the browser's print dialog. The print style sheet (styles.css, @media print) leaves out the menu, the search
 * box, the links back to the list (.geen-afdruk), the buttons and the forms, so the page prints as a document with its
 * full content; AfgedruktOp at the top of the page says when.
 */
export function AfdrukKnop() {
  return (
    <button type="button" className="button button--secundair geen-afdruk" onClick={() => window.print()}>
      Afdrukken
    </button>
  );
}
