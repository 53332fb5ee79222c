using FluentValidation;
using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;

public sealed class GeefAuditRegelsValidator : AuditPaginaValidator<GeefAuditRegelsQuery>
{
    public GeefAuditRegelsValidator()
    {
        RuleFor(q => q.ResourceSoort).MaximumLength(AuditRegel.MaximaleLengteTekst)
            .WithErrorCode("ongeldige-resource-soort").WithMessage("Dit soort gegevens bestaat niet.");
        RuleFor(q => q.Tot).GreaterThanOrEqualTo(q => q.Van).When(q => q.Van is not null && q.Tot is not null)
            .WithErrorCode("omgekeerde-periode").WithMessage("De einddatum (tot) ligt voor de begindatum (van).");
    }
}
