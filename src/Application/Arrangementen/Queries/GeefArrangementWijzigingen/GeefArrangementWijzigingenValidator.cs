using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

public sealed class GeefArrangementWijzigingenValidator : AbstractValidator<GeefArrangementWijzigingenQuery>
{
    public GeefArrangementWijzigingenValidator()
    {
        RuleFor(q => q.Token)
            .NotEmpty().WithErrorCode("token-vereist").WithMessage("Geef het wijzigingenToken van je vorige synchronisatie mee.")
            .Must(t => ArrangementToken.Lees(t) is not null).When(q => !string.IsNullOrEmpty(q.Token), ApplyConditionTo.CurrentValidator)
            .WithErrorCode("ongeldig-token").WithMessage("Dit token is niet door de API gegeven. Synchroniseer opnieuw volledig via /arrangementen.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ArrangementSync.MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {ArrangementSync.MaximalePageSize}.");
    }
}
