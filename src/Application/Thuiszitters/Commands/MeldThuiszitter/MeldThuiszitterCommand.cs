using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.MeldThuiszitter;

/// <summary>
/// SWV staff register a thuiszitter (or a vrijstelling) of the samenwerkingsverband; a school reports one of its own
/// pupils (another school's pupil is unknown to it: 404). Refused (422) when the child is not (yet) a thuiszitter:
/// relatief verzuim of less than 4 weeks, absoluut verzuim before the age of 5.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, ThuiszitterAudit.Soort, Doel = ThuiszitterAudit.Doel)]
public sealed record MeldThuiszitterCommand(Result<Thuiszitteraanvraag> Invoer) : IInvoerCommand<Thuiszitteraanvraag, ThuiszitterDto>;

public sealed record Thuiszitteraanvraag(Guid LeerlingId, Thuiszittermelding Melding);

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them all at once.</summary>
/// <param name="Soort">absoluut-verzuim, langdurig-relatief-verzuim (absent 4 weeks or more without exemption) or vrijstelling.</param>
/// <param name="VerzuimSinds">The first day of the absence (or of the vrijstelling); not in the future.</param>
/// <param name="Reden">Why the child is at home; required for a thuiszitter, not given for a vrijstelling.</param>
/// <param name="Grond">The article of the Leerplichtwet; required for a vrijstelling only.</param>
/// <param name="Gemeente">The gemeente of the leerplichtambtenaar.</param>
public sealed record ThuiszitterVerzoek(
    [property: Required] Guid? LeerlingId,
    [property: Required, CodeUit<Verzuimsoort>] string? Soort,
    [property: Required] DateOnly? VerzuimSinds,
    [property: CodeUit<Thuiszitreden>] string? Reden,
    [property: CodeUit<Vrijstellingsgrond>] string? Grond,
    [property: Required, MaxLength(Thuiszitter.MaximaleLengteGemeente)] string? Gemeente,
    [property: MaxLength(Leerplichtambtenaar.MaximaleLengte)] string? LeerplichtambtenaarNaam,
    [property: MaxLength(Leerplichtambtenaar.MaximaleLengte)] string? LeerplichtambtenaarContact,
    [property: MaxLength(Planversie.MaximaleLengte)] string? Plan,
    [property: MaxLength(Planversie.MaximaleLengte)] string? Perspectief)
{
    public Result<Thuiszitteraanvraag> Lees()
    {
        var fouten = new List<Fout>();
        if (LeerlingId is null || LeerlingId == Guid.Empty)
        {
            fouten.Add(Fout.Ongeldig("leerling-vereist", "Kies de leerling.", "leerlingId"));
        }

        var soort = VerzuimsoortCodes.Lijst.Lees(Soort, "soort", "soort");
        var reden = Reden is null ? null : ThuiszitredenCodes.Lijst.Lees(Reden, "reden", "reden");
        var grond = Grond is null ? null : VrijstellingsgrondCodes.Lijst.Lees(Grond, "grond", "grond");
        fouten.AddRange(soort.Fouten.Concat(reden?.Fouten ?? []).Concat(grond?.Fouten ?? []));
        if (!soort.IsGelukt || reden is { IsGelukt: false } || grond is { IsGelukt: false })
        {
            return Result<Thuiszitteraanvraag>.Mislukt(fouten);
        }

        var melding = new Thuiszittermelding(
            soort.Waarde, VerzuimSinds, reden?.Waarde, grond?.Waarde, Gemeente, LeerplichtambtenaarNaam, LeerplichtambtenaarContact, Plan, Perspectief);
        fouten.AddRange(Thuiszitter.Controleer(melding, vandaag: null));
        return fouten.Count > 0 ? Result<Thuiszitteraanvraag>.Mislukt(fouten) : new Thuiszitteraanvraag(LeerlingId!.Value, melding);
    }
}
