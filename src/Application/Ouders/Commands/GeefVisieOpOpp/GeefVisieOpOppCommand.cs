using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ouders.Commands.GeefVisieOpOpp;

/// <summary>
/// "Hoe denkt u erover?": the ouder gives their view on what their child needs, on their own child's plan. Kept with
/// the plan and taken into the open concept, or else into the next one; never the school's text.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record GeefVisieOpOppCommand(Guid LeerlingId, Guid OppId, Result<IReadOnlyList<string?>> Invoer)
    : IInvoerCommand<IReadOnlyList<string?>, OuderOppDto>, IAuditBron
{
    public string? AuditResourceId => OppId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}

/// <summary>The ouder's view, per part; every part optional, at least one filled in.</summary>
/// <param name="AandachtEnTijd">How much attention and time your child needs, and when.</param>
/// <param name="Onderwijsmaterialen">Which materials help your child (or do not).</param>
/// <param name="RuimtelijkeOmgeving">Where your child learns well: a quiet spot, light, a place of their own.</param>
/// <param name="Expertise">Which knowledge or help from a specialist your child needs.</param>
/// <param name="SamenwerkingMetAndereInstanties">Who else helps your child (a therapist, youth care) and how the school works with them.</param>
/// <param name="WatWerktThuis">What you find important and what works at home.</param>
public sealed record OuderVisieVerzoek(
    [property: MaxLength(OppVisieVanOuders.MaximaleLengte)] string? AandachtEnTijd,
    [property: MaxLength(OppVisieVanOuders.MaximaleLengte)] string? Onderwijsmaterialen,
    [property: MaxLength(OppVisieVanOuders.MaximaleLengte)] string? RuimtelijkeOmgeving,
    [property: MaxLength(OppVisieVanOuders.MaximaleLengte)] string? Expertise,
    [property: MaxLength(OppVisieVanOuders.MaximaleLengte)] string? SamenwerkingMetAndereInstanties,
    [property: MaxLength(OppVisieVanOuders.MaximaleLengte)] string? WatWerktThuis)
{
    public Result<IReadOnlyList<string?>> Lees() =>
        OppVisieVanOuders.LeesTeksten(AandachtEnTijd, Onderwijsmaterialen, RuimtelijkeOmgeving, Expertise, SamenwerkingMetAndereInstanties, WatWerktThuis);
}
