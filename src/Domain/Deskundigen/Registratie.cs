using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Deskundigen;

/// <summary>
/// A deskundige's registration: a register and the number in it, both or neither. A BIG-nummer has eleven digits; the
/// NIP, NVO and SKJ give member or registration numbers of a few digits, so those are 3 to 10 digits.
/// </summary>
public static partial class Registratie
{
    /// <summary>The number's form in the contract; the register decides the exact length.</summary>
    public const string Nummerpatroon = "^[0-9]{3,11}$";

    public const int MaximaleLengteNummer = 11;

    /// <summary>The number, trimmed (null when there is no registration), or every problem with the pair.</summary>
    public static Result<string?> Lees(Beroepsregister? register, string? nummer)
    {
        var waarde = string.IsNullOrWhiteSpace(nummer) ? null : nummer.Trim();
        return (register, waarde) switch
        {
            (null, null) => Result<string?>.Gelukt(null),
            (null, _) => Result<string?>.Mislukt(Fout.Ongeldig(
                "beroepsregister-vereist", "Kies ook het beroepsregister waarin dit registratienummer staat, of laat het nummer leeg.", "beroepsregister")),
            ({ } r, null) => Result<string?>.Mislukt(Fout.Ongeldig(
                "registratienummer-vereist",
                $"Geef het registratienummer in het {BeroepsregisterCodes.Lijst.LabelInZin(r)}, of laat het beroepsregister leeg.",
                "registratienummer")),
            (Beroepsregister.Big, { } n) when !Big().IsMatch(n) => Result<string?>.Mislukt(Fout.Ongeldig(
                "ongeldig-registratienummer", "Een BIG-nummer heeft 11 cijfers, zoals 19012345601.", "registratienummer")),
            ({ } r, { } n) when r != Beroepsregister.Big && !Ander().IsMatch(n) => Result<string?>.Mislukt(Fout.Ongeldig(
                "ongeldig-registratienummer",
                $"Een registratienummer in het {BeroepsregisterCodes.Lijst.LabelInZin(r)} heeft 3 tot en met 10 cijfers, zoals 123456.",
                "registratienummer")),
            _ => waarde,
        };
    }

    [GeneratedRegex(@"^[0-9]{11}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Big();

    [GeneratedRegex(@"^[0-9]{3,10}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Ander();
}
