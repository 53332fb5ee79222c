using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;

public sealed class ZoekAanbiedersValidator : AbstractValidator<ZoekAanbiedersQuery>
{
    public ZoekAanbiedersValidator()
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
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(AanbiederZoekregels.MaximalePageSize);
    }
}
