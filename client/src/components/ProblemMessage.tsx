import { Alert, Heading } from '@utrecht/component-library-react';
import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { ApiError } from '../api/problem';
import { foutPad, meestSpecifiek, type ProbleemFout } from '../api/veldfouten';
import { XPad } from './XPad';

interface Props {
  /** The Dutch summary of what failed, in the words of the page; the heading of the message. */
  summary: string;
  error: unknown;
  /**
   * The errors to list when the message is not part of a form; by default all of the problem's. In a form the
   * summary always lists every error, with a link to the field of each one that has a field.
   */
  fouten?: readonly ProbleemFout[];
  /**
   * Whether the message takes the focus when it appears. By default it does inside a form (the error summary
   * after a failed submit), and does not elsewhere (a list that failed to load should not steal the focus).
   */
  focus?: boolean;
}

/**
 * Shows a failed request: our summary as a heading, the API's own problem+json explanation, and one line per
 * problem. Inside a form it is the error summary of the GOV.UK / NL Design System pattern: focused when it
 * appears, each problem a link that moves the focus to its field. The trace id is for the helpdesk only, so it
 * sits folded away.
 */
export function ProblemMessage({ summary, error, fouten, focus }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const problem = error instanceof ApiError ? error.problem : undefined;
  const [inFormulier, setInFormulier] = useState(false);
  const [velden, setVelden] = useState<readonly (VeldVerwijzing | null)[]>([]);
  const lijst = inFormulier ? (problem?.errors ?? []) : (fouten ?? problem?.errors ?? []);

  // The fields are found in the DOM after rendering: the form renders them, not this message.
  useLayoutEffect(() => {
    const formulier = ref.current?.closest('form') ?? null;
    setInFormulier(formulier !== null);
    setVelden(formulier === null ? [] : (problem?.errors ?? []).map((fout) => zoekVeld(formulier, fout)));
  }, [problem]);

  const neemtFocus = focus ?? inFormulier;
  useEffect(() => {
    if (neemtFocus) ref.current?.focus();
  }, [neemtFocus, error]);

  const naarVeld = (veld: HTMLElement) => (event: MouseEvent) => {
    event.preventDefault();
    veld.scrollIntoView?.({ block: 'center' });
    veld.focus();
  };

  return (
    <Alert type="error" role="alert" ref={ref} tabIndex={-1} className="problem foutoverzicht">
      <Heading level={2} className="problem__summary">
        {summary}
      </Heading>
      {problem ? (
        <>
          {/* A plain HTTP failure (type about:blank) has the English status phrase as its title (RFC 9457 §4.2.1),
              e.g. "Not Found"; its detail says it in Dutch. */}
          {problem.type !== 'about:blank' && <p className="problem__title">{problem.title}</p>}
          {/* Not when it only repeats the one problem listed below. */}
          {problem.detail && !(problem.errors ?? []).some((fout) => fout.detail === problem.detail) && <p>{problem.detail}</p>}
          {lijst.length > 0 && (
            <ul className="foutoverzicht__lijst">
              {lijst.map((fout, index) => {
                const veld = inFormulier ? velden[index] : null;
                return (
                  <li key={index}>
                    {veld ? (
                      <a href={`#${veld.element.id}`} onClick={naarVeld(veld.element)}>
                        {veld.eigenMelding ?? fout.detail}
                      </a>
                    ) : (
                      fout.detail
                    )}
                    <PlekInBestand fout={fout} />
                  </li>
                );
              })}
            </ul>
          )}
          {problem.traceId && (
            <details className="problem__trace">
              <summary>Technische gegevens voor de helpdesk</summary>
              <p>
                Referentie: <code>{problem.traceId}</code>
              </p>
            </details>
          )}
        </>
      ) : (
        <>
          <p>{error instanceof ApiError ? 'Er ging iets mis bij de server. Probeer het later opnieuw.' : 'De server is niet bereikbaar.'}</p>
          {/* An answer without problem+json (a proxy or gateway): its status is for the helpdesk, not a message. */}
          {error instanceof ApiError && (
            <details className="problem__trace">
              <summary>Technische gegevens voor de helpdesk</summary>
              <p>HTTP-status {error.status}</p>
            </details>
          )}
        </>
      )}
    </Alert>
  );
}

/**
 * Where in an XML file a problem is (an OSO dossier): the line and position an editor shows, and the XPath of the
 * element for whoever fixes the export in the LAS. Nothing for a problem without a place in a file.
 */
function PlekInBestand({ fout }: { fout: ProbleemFout }) {
  const regel = [fout.regel === undefined ? '' : `regel ${fout.regel}`, fout.positie === undefined ? '' : `positie ${fout.positie}`]
    .filter(Boolean)
    .join(', ');
  if (fout.pad === undefined && fout.positie === undefined) return null;
  return (
    <span className="foutoverzicht__plek">
      {regel && <span>Op {regel}</span>}
      {fout.pad !== undefined && (
        <>
          {regel && ' · '}
          <XPad pad={fout.pad} />
        </>
      )}
    </span>
  );
}

interface VeldVerwijzing {
  element: HTMLElement;
  /** What the field itself says, for a value the API could not read at all (a date typed as 31-02-2017). */
  eigenMelding: string | undefined;
}

/**
 * The control an error is about: the field (or group) marked with the most specific path the error's pointer
 * falls under, else the field that shows the error's message. Its first control gets an id if it has none, so
 * the summary's link has somewhere to point.
 */
let naamloos = 0;

function zoekVeld(formulier: HTMLFormElement, fout: ProbleemFout): VeldVerwijzing | null {
  const pad = foutPad(fout);
  const gemarkeerd = [...formulier.querySelectorAll<HTMLElement>('[data-veld]')];
  const beste = pad === undefined ? undefined : meestSpecifiek(pad, gemarkeerd.map((element) => element.dataset['veld'] ?? ''));
  const anker =
    gemarkeerd.find((element) => beste !== undefined && element.dataset['veld'] === beste) ??
    [...formulier.querySelectorAll<HTMLElement>('.veld__fout')].find((melding) => melding.textContent?.includes(fout.detail));
  if (anker === undefined) return null;
  const houder = anker.closest('.veld, fieldset') ?? anker;
  const veld = houder.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button');
  if (veld === null) return null;
  if (veld.id === '') veld.id = `foutoverzicht-veld-${++naamloos}`;
  // The API's words for JSON it could not read are generic; the field knows better what is wrong with it.
  const eigen = fout.code === 'ongeldige-json' ? houder.querySelector('.veld__fout p')?.lastChild?.textContent : undefined;
  return { element: veld, eigenMelding: eigen ?? undefined };
}
