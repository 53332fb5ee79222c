using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Termijnen.Queries.GeefTermijnen;

/// <summary>
/// The terms of one case as the deadline engine keeps them: for whoever may see the case (its own filter decides).
/// About a pupil's case, so audited against the pupil.
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Lezen, "termijnen", Doel = "Termijnen van een zaak (passend onderwijs)")]
public sealed record GeefTermijnenQuery(Result<Zaakverwijzing?> Zaak) : IQuery<Result<TermijnenDto>>;
