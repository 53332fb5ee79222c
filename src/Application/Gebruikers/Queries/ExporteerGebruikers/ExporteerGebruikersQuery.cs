using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Queries.ExporteerGebruikers;

/// <summary>Every account of the caller's samenwerkingsverband, for a file; the export itself is audited.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Exporteren, "gebruiker", Doel = "Beheer van accounts met toegang tot gegevens")]
public sealed record ExporteerGebruikersQuery : IQuery<Result<IReadOnlyList<GebruikerDto>>>;
