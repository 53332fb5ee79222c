using System.ComponentModel;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;

/// <summary>
/// Imports the samenwerkingsverband's schoolbesturen and scholen from a table (CSV or XLSX, read where the request
/// enters). A dry run (<paramref name="Proefrun"/>) reports what would be created, changed or left as it is and every
/// row's problem, and changes nothing; a real run applies all of it in this command's one transaction, or nothing at
/// all when any row has a problem (400 with those problems). The same file twice changes nothing the second time.
/// A 409 is the race the handler cannot see: another import registered the same vestiging between its check and commit.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, "organisatie-import", Doel = OrganisatieAudit.Doel)]
public sealed record ImporteerOrganisatiesCommand(
    [property: Description("true (de standaard): alleen het verslag, er verandert niets. false: alles doorvoeren, of niets bij een probleem."), DefaultValue(true)]
    bool Proefrun,
    Result<Organisatiebestand> Invoer)
    : IInvoerCommand<Organisatiebestand, ImportverslagDto>;

/// <summary>The rows of an import file, its columns already matched to their meaning (<see cref="Organisatiebestand.Lees"/>).</summary>
public sealed record Organisatiebestand(IReadOnlyList<Importregel> Regels);

/// <summary>One row as written in the file (trimmed, empty is null); <paramref name="Regel"/> is its number as a spreadsheet shows it.</summary>
public sealed record Importregel(
    int Regel,
    string? BevoegdGezagnummer,
    string? Bestuursnaam,
    string? Brin,
    string? Vestigingsnummer,
    string? Schoolnaam,
    string? Soort,
    string? Regio,
    string? LokaalNetwerk);

/// <summary>A file read as a table: its header and its data rows (the reader of the file format makes it).</summary>
public sealed record Tabel(IReadOnlyList<string> Koppen, IReadOnlyList<Tabelregel> Regels);

/// <param name="Regel">The row's number as a spreadsheet shows it: the header is row 1.</param>
public sealed record Tabelregel(int Regel, IReadOnlyList<string?> Cellen);
