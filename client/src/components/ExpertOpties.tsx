import type { useExperts } from '../api/betrokkenen';

interface Props {
  experts: ReturnType<typeof useExperts>;
  /** The empty choice's text once the experts are there. */
  leeg: string;
}

/** The options of a select that names one of the SWV's experts, with an empty first choice. */
export function ExpertOpties({ experts, leeg }: Props) {
  return (
    <>
      <option value="">{experts.isPending ? 'Experts laden…' : leeg}</option>
      {(experts.data ?? []).map((expert) => (
        <option key={expert.id} value={expert.id}>
          {expert.naam}
        </option>
      ))}
    </>
  );
}
