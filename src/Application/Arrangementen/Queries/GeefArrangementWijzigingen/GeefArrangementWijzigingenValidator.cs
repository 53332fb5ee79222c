using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

public sealed class GeefArrangementWijzigingenValidator : AbstractValidator<GeefArrangementWijzigingenQuery>
{
    public GeefArrangementWijzigingenValidator()
    {
        RuleFor(q => q.Token)
            .NotEmpty().WithErrorCode("token-vereist").WithMessage("Geef het wijzigingenToken van je vorige synchronisatie mee.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ArrangementSync.MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {ArrangementSync.MaximalePageSize}.");
    }
}
