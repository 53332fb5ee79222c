using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Koppelingen.Commands.WijzigKoppeling;

/// <summary>
/// The new name, scopes and vestigingen of a koppeling, replacing the old ones as a whole. How it signs in (secret or
/// keys) is not part of it: a new secret has its own operation, and other keys mean a new koppeling.
/// </summary>
public sealed record WijzigKoppelingVerzoek(
    [property: Required, MaxLength(NieuweKoppelingVerzoek.MaximaleLengteNaam)] string? Naam,
    [property: Required, MinLength(1), ScopeCodes] IReadOnlyList<string>? Scopes,
    [property: Elementen(Patroon = VestigingCode.Patroon)] IReadOnlyList<string>? Vestigingen)
{
    /// <summary>The same rules as a registration, every problem reported at once.</summary>
    public Result<KoppelingWijziging> Lees() =>
        new NieuweKoppelingVerzoek(Naam, Scopes, null, Vestigingen).Lees()
            .Dan(k => new KoppelingWijziging(k.Naam, k.Scopes, k.Vestigingen));
}

/// <summary>A valid change: the name trimmed, scopes and vestigingen each once and in order.</summary>
public sealed record KoppelingWijziging(string Naam, IReadOnlyList<string> Scopes, IReadOnlyList<string> Vestigingen);
