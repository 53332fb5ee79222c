using FluentValidation;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// The search and order of the register as a person or LAS asks for it, the same for its pages and its export, so a
/// file holds exactly the aanbieders the screen shows, in the same order.
/// </summary>
public interface IAanbiederZoekvraag
{
    string? Expertise { get; }

    string? Werkgebied { get; }

    int? Cluster { get; }

    string? Naam { get; }

    string? GeldigOp { get; }

    string? GewijzigdSinds { get; }

    string? Sorteer { get; }
}

internal static class AanbiederZoekvraag
{
    /// <summary>The selection asked for; an expertise that no waardelijst knows is a typo (400), not an empty result.</summary>
    public static async Task<Result<AanbiederSelectie>> SelectieAsync(this IAanbiederZoekvraag vraag, IApplicationDbContext db, CancellationToken ct)
    {
        // The validator refused an expertise that does not read (400), so one that was given reads here.
        var expertise = vraag.Expertise is not null && ExpertiseCode.Parse(vraag.Expertise).Lukt(out var code) ? code : null;
        if (await db.ExpertiseWaardelijsten.ControleerAsync(expertise, "expertise", ct).ConfigureAwait(false) is { } onbekend)
        {
            return onbekend;
        }

        return new AanbiederSelectie(
            expertise, vraag.Werkgebied, (Cluster?)vraag.Cluster, vraag.Naam?.Trim(), IsoDatum.Lees(vraag.GeldigOp), IsoDatum.LeesTijdstip(vraag.GewijzigdSinds));
    }

    /// <summary>The place of the order asked for in <see cref="AanbiederSortering.Alle"/>; by naam when none.</summary>
    public static int Volgorde(this IAanbiederZoekvraag vraag) => AanbiederSortering.Index(vraag.Sorteer ?? AanbiederSortering.Naam);
}

/// <summary>The input rules of <see cref="IAanbiederZoekvraag"/>, included by the validator of the list and of the export.</summary>
internal sealed class AanbiederZoekvraagRegels : AbstractValidator<IAanbiederZoekvraag>
{
    public AanbiederZoekvraagRegels()
    {
        RuleFor(q => q.Expertise).MoetVoldoenAan(e => ExpertiseCode.Parse(e)).When(q => q.Expertise is not null);
        RuleFor(q => q.Werkgebied).Must(AanbiederZoekregels.IsWerkgebied).When(q => q.Werkgebied is not null)
            .WithErrorCode("ongeldig-werkgebied").WithMessage(AanbiederZoekregels.OngeldigWerkgebied("werkgebied").Melding);
        RuleFor(q => q.Cluster).Must(c => c is { } cluster && Enum.IsDefined(typeof(Cluster), cluster)).When(q => q.Cluster is not null)
            .WithErrorCode("ongeldig-cluster").WithMessage("Het cluster is 1, 2, 3 of 4.");
        RuleFor(q => q.Naam).Must(n => n!.Trim().Length is > 0 and <= AanbiederZoekregels.MaximaleLengteNaam).When(q => q.Naam is not null)
            .WithErrorCode("ongeldige-naam").WithMessage($"Zoek op een naam van 1 tot {AanbiederZoekregels.MaximaleLengteNaam} tekens.");
        RuleFor(q => q.GeldigOp).Must(d => IsoDatum.Lees(d) is not null).When(q => q.GeldigOp is not null)
            .WithErrorCode("ongeldige-datum").WithMessage("Geef de datum (geldigOp) in de vorm jjjj-mm-dd.");
        RuleFor(q => q.GewijzigdSinds).Must(t => IsoDatum.LeesTijdstip(t) is not null).When(q => q.GewijzigdSinds is not null)
            .WithErrorCode("ongeldig-tijdstip").WithMessage("Geef het tijdstip (gewijzigdSinds) met tijdzone, in de vorm jjjj-mm-ddThh:mm:ssZ.");
        RuleFor(q => q.Sorteer).MoetSorteringZijn(AanbiederSortering.Alle);
    }
}
