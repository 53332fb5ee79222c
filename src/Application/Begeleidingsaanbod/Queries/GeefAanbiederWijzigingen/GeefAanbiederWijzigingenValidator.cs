using FluentValidation;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;

public sealed class GeefAanbiederWijzigingenValidator : AbstractValidator<GeefAanbiederWijzigingenQuery>
{
    public GeefAanbiederWijzigingenValidator()
    {
        RuleFor(q => q.Token)
            .NotEmpty().WithErrorCode("token-vereist").WithMessage("Geef het wijzigingenToken van je vorige synchronisatie mee.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, AanbiederZoekregels.MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {AanbiederZoekregels.MaximalePageSize}.");
    }
}
