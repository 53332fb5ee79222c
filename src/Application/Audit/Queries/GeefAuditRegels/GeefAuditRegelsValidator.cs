using FluentValidation;
using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;

public sealed class GeefAuditRegelsValidator : AbstractValidator<GeefAuditRegelsQuery>
{
    public const int MaximalePageSize = 100;

    public GeefAuditRegelsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {MaximalePageSize}.");
        RuleFor(q => q.Actor).MaximumLength(AuditRegel.MaximaleLengteTekst)
            .WithErrorCode("ongeldige-actor").WithMessage("Deze actor bestaat niet.");
        RuleFor(q => q.ResourceSoort).MaximumLength(AuditRegel.MaximaleLengteTekst)
            .WithErrorCode("ongeldige-resource-soort").WithMessage("Dit soort gegevens bestaat niet.");
        RuleFor(q => q.Tot).GreaterThanOrEqualTo(q => q.Van).When(q => q.Van is not null && q.Tot is not null)
            .WithErrorCode("omgekeerde-periode").WithMessage("De einddatum (tot) ligt voor de begindatum (van).");
    }
}
