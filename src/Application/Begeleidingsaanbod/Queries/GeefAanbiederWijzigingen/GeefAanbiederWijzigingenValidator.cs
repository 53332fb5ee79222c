using FluentValidation;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;

public sealed class GeefAanbiederWijzigingenValidator : AbstractValidator<GeefAanbiederWijzigingenQuery>
{
    public GeefAanbiederWijzigingenValidator()
    {
        RuleFor(q => q.Token)
            .NotEmpty().WithErrorCode("token-vereist").WithMessage("Geef het wijzigingenToken van je vorige synchronisatie mee.")
            .Must(t => WijzigingenToken.Lees(t) is not null).When(q => !string.IsNullOrEmpty(q.Token), ApplyConditionTo.CurrentValidator)
            .WithErrorCode("ongeldig-token").WithMessage("Dit token is niet door de API gegeven. Synchroniseer opnieuw volledig via /onderwijsbegeleidingsaanbieders.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, AanbiederZoekregels.MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {AanbiederZoekregels.MaximalePageSize}.");
    }
}
