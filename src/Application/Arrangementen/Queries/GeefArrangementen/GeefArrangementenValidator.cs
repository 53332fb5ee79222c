using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;

public sealed class GeefArrangementenValidator : AbstractValidator<GeefArrangementenQuery>
{
    public GeefArrangementenValidator()
    {
        RuleFor(q => q.Status).MoetVoldoenAan(s => ArrangementStatusCodes.Lijst.Lees(s, "status", "status")).When(q => q.Status is not null);
        RuleFor(q => q.Soort).MoetVoldoenAan(s => SoortArrangementCodes.Lijst.Lees(s, "soort", "soort")).When(q => q.Soort is not null);
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.PeriodeTot).GreaterThanOrEqualTo(q => q.PeriodeVan).When(q => q.PeriodeVan is not null && q.PeriodeTot is not null)
            .WithErrorCode("omgekeerde-periode").WithMessage("periodeTot ligt voor periodeVan.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ArrangementSync.MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {ArrangementSync.MaximalePageSize}.");
    }
}
