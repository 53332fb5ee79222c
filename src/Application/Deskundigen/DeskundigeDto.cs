using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Deskundigen;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>A deskundige in the register, as SWV staff see it, with the names of what it is linked to.</summary>
/// <param name="Werkgever">The organisation that employs them, as a name.</param>
/// <param name="SchoolbestuurId">The schoolbestuur of the SWV that employs them, if it is one.</param>
/// <param name="Vestiging">The school (BRIN + vestigingsnummer) of the SWV that employs them, if it is one.</param>
/// <param name="AccountId">The account (role deskundige) under which they write their advices.</param>
/// <param name="MagEersteAdviesGeven">Whether the law lets their discipline give the first of the two advices.</param>
/// <param name="Versie">Send it back in If-Match with a change.</param>
public sealed record DeskundigeDto(
    Guid Id,
    string Naam,
    [property: CodeUit<Discipline>] string Discipline,
    [property: CodeUit<Beroepsregister>] string? Beroepsregister,
    string? Registratienummer,
    string Werkgever,
    Guid? SchoolbestuurId,
    string? SchoolbestuurNaam,
    string? Vestiging,
    string? SchoolNaam,
    Guid? AccountId,
    string? AccountNaam,
    bool Actief,
    bool MagEersteAdviesGeven,
    long Versie) : IAuditResultaat, IGeversioneerd
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    public static DeskundigeDto Van(Deskundige deskundige, DeskundigeNamen namen)
    {
        ArgumentNullException.ThrowIfNull(deskundige);
        ArgumentNullException.ThrowIfNull(namen);
        return new(
            deskundige.Id,
            deskundige.Naam,
            DisciplineCodes.Lijst.Code(deskundige.Discipline),
            deskundige.Beroepsregister is { } register ? BeroepsregisterCodes.Lijst.Code(register) : null,
            deskundige.Registratienummer,
            deskundige.Werkgever,
            deskundige.SchoolbestuurId,
            namen.Schoolbestuur,
            deskundige.Vestiging?.Waarde,
            namen.School,
            deskundige.AccountId,
            namen.Account,
            deskundige.Actief,
            deskundige.MagEersteAdviesGeven,
            deskundige.Versie);
    }
}

/// <summary>The names of what a deskundige is linked to, read with it so a screen shows names rather than ids.</summary>
public sealed record DeskundigeNamen(string? Schoolbestuur, string? School, string? Account)
{
    public static DeskundigeNamen Geen { get; } = new(null, null, null);
}

/// <param name="Totaal">How many deskundigen the selection holds, over all pages.</param>
/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
public sealed record DeskundigenDto(IReadOnlyList<DeskundigeDto> Deskundigen, int Totaal, string? VolgendeCursor);

internal static class DeskundigeAudit
{
    public const string Soort = "deskundige";
    public const string Doel = "Beheer van het register van deskundigen voor toelaatbaarheidsverklaringen";
}

internal static class DeskundigeFouten
{
    /// <summary>Also for a deskundige of another samenwerkingsverband: that one does not exist for the caller.</summary>
    public static Domain.Common.Fout Onbekend =>
        Domain.Common.Fout.NietGevonden("deskundige-onbekend", "Er is geen deskundige met dit id in uw samenwerkingsverband.");
}
