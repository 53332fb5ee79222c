using Mediator;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.ExporteerWerkvoorraad;

/// <summary>
/// The caller's own werkvoorraad (the same lines, in the same order, as "Mijn werkvoorraad"), for a file: whoever has
/// a werkvoorraad may take it along. Each line names a pupil, so each pupil in the file is audited as an export.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[Audit(AuditActie.Exporteren, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record ExporteerWerkvoorraadQuery : IQuery<Result<WerkvoorraadDto>>;
