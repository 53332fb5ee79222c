using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;

public sealed class GeefAanbiederWijzigingenValidator : AbstractValidator<GeefAanbiederWijzigingenQuery>
{
    public GeefAanbiederWijzigingenValidator()
    {
        RuleFor(q => q.Token)
            .NotEmpty().WithErrorCode("token-vereist").WithMessage("Geef het token van uw vorige synchronisatie mee (wijzigingenToken).");
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(AanbiederZoekregels.MaximalePageSize);
    }
}
