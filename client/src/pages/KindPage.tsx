import { Link, useParams } from 'react-router';
import { useMijnKind } from '../api/ouders';
import { datumTekst } from '../aanbiederWeergave';
import { KindDocumenten } from '../components/ouderportaal/KindDocumenten';
import { KindArrangementen } from '../components/ouderportaal/KindArrangementen';
import { KindInzagen } from '../components/ouderportaal/KindInzagen';
import { KindTermijnen } from '../components/ouderportaal/KindTermijnen';
import { KindTlvs } from '../components/ouderportaal/KindTlvs';
import { KindOpp } from '../components/ouderportaal/KindOpp';
import { KindToestemmingen } from '../components/ouderportaal/KindToestemmingen';
import { ProblemMessage } from '../components/ProblemMessage';
import { usePageTitle } from '../usePageTitle';

/** /ouderportaal/kinderen/:id: one of the ouder's children, with what the portal shows about them. */
export function KindPage() {
  const { id = '' } = useParams();
  const kind = useMijnKind(id);
  usePageTitle(kind.data ? `${kind.data.voornaam} ${kind.data.achternaam}` : 'Mijn kind');
  if (kind.isPending) return <p role="status">Laden…</p>;
  if (kind.isError) return <ProblemMessage summary="Dit kind kon niet worden geladen." error={kind.error} />;
  return (
    <>
      <p>
        <Link to="/ouderportaal">Terug naar mijn kinderen</Link>
      </p>
      <h1>
        {kind.data.voornaam} {kind.data.achternaam}
      </h1>
      <p>
        {kind.data.school}, groep {kind.data.groep}. Geboren op {datumTekst(kind.data.geboortedatum)}.
      </p>
      <KindDocumenten leerlingId={kind.data.id} voornaam={kind.data.voornaam} />
      <KindTlvs leerlingId={kind.data.id} />
      <KindArrangementen leerlingId={kind.data.id} />
      <KindTermijnen leerlingId={kind.data.id} />
      <KindOpp leerlingId={kind.data.id} voornaam={kind.data.voornaam} />
      <KindToestemmingen leerlingId={kind.data.id} voornaam={kind.data.voornaam} />
      <KindInzagen leerlingId={kind.data.id} voornaam={kind.data.voornaam} />
    </>
  );
}
