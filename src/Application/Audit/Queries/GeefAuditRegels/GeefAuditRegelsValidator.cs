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
    }
}
