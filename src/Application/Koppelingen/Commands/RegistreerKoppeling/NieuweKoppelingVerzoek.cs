using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using ScopeLijst = PassendOnderwijs.Application.Common.Autorisatie.Scopes;

namespace PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them.</summary>
/// <param name="PubliekeSleutels">A JSON Web Key Set (RFC 7517) with the client's public keys, for private_key_jwt.</param>
public sealed record NieuweKoppelingVerzoek(
    [property: Required, MaxLength(NieuweKoppelingVerzoek.MaximaleLengteNaam)] string? Naam,
    [property: Required, MinLength(1), ScopeCodes] IReadOnlyList<string>? Scopes,
    JsonElement? PubliekeSleutels,
    [property: Elementen(Patroon = VestigingCode.Patroon)] IReadOnlyList<string>? Vestigingen)
{
    public const int MaximaleLengteNaam = 100;
    public const int MaximaleLengteSleutels = 16_384;
    public const int MaximumVestigingen = 200;

    public Result<NieuweKoppeling> Lees() =>
        Lezen.Samen(
            LeesNaam(),
            LeesScopes(),
            LeesVestigingen(),
            LeesSleutels(),
            (naam, scopes, vestigingen, sleutels) => new NieuweKoppeling(naam, scopes, sleutels, vestigingen));

    private Result<string> LeesNaam() =>
        string.IsNullOrWhiteSpace(Naam)
            ? Fout.Ongeldig("naam-vereist", "Geef de koppeling een naam, bijvoorbeeld de naam van het LAS.", "naam")
            : Naam.Length > MaximaleLengteNaam
                ? Fout.Ongeldig("naam-te-lang", $"Een naam is hoogstens {MaximaleLengteNaam} tekens.", "naam")
                : Naam.Trim();

    private Result<IReadOnlyList<string>> LeesScopes() =>
        Scopes is not { Count: > 0 }
            ? Fout.Ongeldig("scopes-vereist", "Geef minstens één scope op.", "scopes")
            : Lezen.Elk(Scopes, (scope, i) => scope is not null && ScopeLijst.Alle.Contains(scope)
                    ? Result<string>.Gelukt(scope)
                    : Fout.Ongeldig("onbekende-scope", $"Onbekende scope. Mogelijk zijn: {string.Join(", ", ScopeLijst.Alle)}.", $"scopes[{i}]"))
                .Dan(Gesorteerd);

    /// <summary>The size and every code, all reported together.</summary>
    private Result<IReadOnlyList<string>> LeesVestigingen()
    {
        var codes = Lezen.Elk(Vestigingen ?? [], (code, i) => VestigingCode.Parse(code, $"vestigingen[{i}]").Dan(v => v.Waarde));
        IEnumerable<Fout> teVeel = Vestigingen is { Count: > MaximumVestigingen }
            ? [Fout.Ongeldig("te-veel-vestigingen", $"Hoogstens {MaximumVestigingen} vestigingen per koppeling.", "vestigingen")]
            : [];
        var fouten = teVeel.Concat(codes.Fouten).ToList();
        return fouten.Count > 0 ? Result<IReadOnlyList<string>>.Mislukt(fouten) : codes.Dan(Gesorteerd);
    }

    /// <summary>The key set as sent; whether it is a set of public keys is the register's to check.</summary>
    private Result<string?> LeesSleutels()
    {
        var tekst = PubliekeSleutels is { ValueKind: not JsonValueKind.Null } sleutels ? sleutels.GetRawText() : null;
        return tekst?.Length > MaximaleLengteSleutels
            ? Fout.Ongeldig("sleutels-te-groot", "De sleutelset is te groot.", "publiekeSleutels")
            : Result<string?>.Gelukt(tekst);
    }

    private static IReadOnlyList<string> Gesorteerd(IReadOnlyList<string> codes) =>
        codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>A valid registration: the name trimmed, scopes and vestigingen each once and in order.</summary>
/// <param name="PubliekeSleutels">The JWKS as JSON text, or null for a client with a secret.</param>
public sealed record NieuweKoppeling(string Naam, IReadOnlyList<string> Scopes, string? PubliekeSleutels, IReadOnlyList<string> Vestigingen);
