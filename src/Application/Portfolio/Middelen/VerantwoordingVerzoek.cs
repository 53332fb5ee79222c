using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen;

/// <summary>
/// The lines of a verantwoording (starting it, and PUT replaces them all): at school and group level, and at pupil
/// level by reference to an OPP of a pupil of the bestuur's schools.
/// </summary>
public sealed record VerantwoordingVerzoek(
    [property: MaxLength(Verantwoording.MaximumRegels)] IReadOnlyList<VerantwoordingsregelVerzoek>? Regels,
    [property: MaxLength(Verantwoording.MaximumRegels)] IReadOnlyList<LeerlingregelVerzoek>? Leerlingregels)
{
    public Result<VerantwoordingInvoer> Lees() =>
        Lezen.Samen(
            Lezen.Elk(Regels ?? [], (r, i) => Lezen.Samen(
                VerantwoordingsniveauCodes.Lijst.Lees(r?.Niveau, $"regels[{i}].niveau", "niveau"),
                VestigingCode.Parse(r?.Vestiging?.Trim(), $"regels[{i}].vestiging"),
                (niveau, vestiging) => new Regelinvoer(niveau, vestiging, r!.Groep, r.Doel, r.Interventies, r.Besteed, r.Resultaten))),
            Lezen.Elk(Leerlingregels ?? [], (r, i) =>
                Lezen.Vereist(r?.OppId, Fout.Ongeldig("opp-vereist", "Kies het OPP van de leerling.", $"leerlingregels[{i}].oppId"))
                    .Dan(opp => new LeerlingregelAanvraag(opp, r!.Besteed, r.Toelichting))),
            (regels, leerlingregels) => new VerantwoordingInvoer(regels, leerlingregels));
}

/// <param name="Niveau">School or group level.</param>
/// <param name="Vestiging">A school of the bestuur (BRIN + vestigingsnummer).</param>
/// <param name="Groep">The group, on group level only.</param>
/// <param name="Doel">The goal the money was used for.</param>
/// <param name="Interventies">What was done.</param>
/// <param name="Besteed">The money used, in euro.</param>
/// <param name="Resultaten">What it achieved; required to submit.</param>
public sealed record VerantwoordingsregelVerzoek(
    [property: Required, CodeUit<Verantwoordingsniveau>] string? Niveau,
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: MaxLength(Verantwoording.MaximaleLengteGroep)] string? Groep,
    [property: Required, MaxLength(Verantwoording.MaximaleLengteTekst)] string? Doel,
    [property: Required, MaxLength(Verantwoording.MaximaleLengteTekst)] string? Interventies,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? Besteed,
    [property: MaxLength(Verantwoording.MaximaleLengteTekst)] string? Resultaten);

/// <param name="OppId">The pupil's OPP (from GET /ontwikkelingsperspectiefplannen): its goals and evaluated plan van aanpak are the verantwoording.</param>
/// <param name="Besteed">The money used for this pupil, in euro.</param>
/// <param name="Toelichting">An optional note; the OPP holds the rest.</param>
public sealed record LeerlingregelVerzoek(
    [property: Required] Guid? OppId,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? Besteed,
    [property: MaxLength(Verantwoording.MaximaleLengteTekst)] string? Toelichting);

public sealed record LeerlingregelAanvraag(Guid OppId, decimal? Besteed, string? Toelichting);

public sealed record VerantwoordingInvoer(IReadOnlyList<Regelinvoer> Regels, IReadOnlyList<LeerlingregelAanvraag> Leerlingregels);
