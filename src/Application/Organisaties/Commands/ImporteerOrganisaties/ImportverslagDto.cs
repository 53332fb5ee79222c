using System.Globalization;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;

namespace PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;

/// <summary>What an import did, or in a dry run would do: per schoolbestuur and school its action, and every problem.</summary>
/// <param name="Proefrun">True when nothing was changed: a dry run.</param>
/// <param name="Schoolbesturen">How many schoolbesturen are (or would be) new, changed and unchanged.</param>
/// <param name="Scholen">How many scholen are (or would be) new, changed and unchanged.</param>
/// <param name="Acties">Per schoolbestuur and per school: the first row that names it, its key and its action.</param>
/// <param name="Problemen">Every problem in the file, by row and column; a real run with problems changes nothing.</param>
public sealed record ImportverslagDto(
    bool Proefrun,
    ImporttellingDto Schoolbesturen,
    ImporttellingDto Scholen,
    IReadOnlyList<ImportactieDto> Acties,
    IReadOnlyList<ImportprobleemDto> Problemen) : IAuditResultaat
{
    /// <summary>The audit record of an import holds its counts (there is no single resource it is about).</summary>
    string IAuditResultaat.AuditResourceId => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Proefrun ? "proefrun" : "import")}: schoolbesturen {Schoolbesturen}; scholen {Scholen}; problemen {Problemen.Count}");
}

/// <param name="Nieuw">To be created.</param>
/// <param name="Gewijzigd">Already there, with other data in the file.</param>
/// <param name="Ongewijzigd">Already there, exactly as in the file.</param>
public sealed record ImporttellingDto(int Nieuw, int Gewijzigd, int Ongewijzigd)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Nieuw} nieuw, {Gewijzigd} gewijzigd, {Ongewijzigd} ongewijzigd");
}

/// <param name="Regel">The (first) row of the file that names it; the header is row 1.</param>
/// <param name="Soort">What it is about: a schoolbestuur or a school.</param>
/// <param name="Sleutel">The bevoegd-gezagnummer or the vestiging (BRIN + vestigingsnummer).</param>
/// <param name="Actie">New, changed or unchanged.</param>
public sealed record ImportactieDto(
    int Regel,
    [property: CodeUit<Importonderwerp>] string Soort,
    string Sleutel,
    [property: CodeUit<Importuitkomst>] string Actie);

/// <param name="Regel">The row; absent for a problem of the file as a whole.</param>
/// <param name="Kolom">The column, when the problem is in one.</param>
/// <param name="Code">Fixed code of the problem, as in a problem+json's errors.</param>
/// <param name="Melding">Explanation in Dutch.</param>
public sealed record ImportprobleemDto(int? Regel, string? Kolom, string Code, string Melding);
