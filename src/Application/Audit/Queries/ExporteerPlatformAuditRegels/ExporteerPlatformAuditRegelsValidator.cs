using FluentValidation;
using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Application.Audit.Queries.ExporteerPlatformAuditRegels;

public sealed class ExporteerPlatformAuditRegelsValidator : AbstractValidator<ExporteerPlatformAuditRegelsQuery>
{
    public ExporteerPlatformAuditRegelsValidator() =>
        RuleFor(q => q.Actor).MaximumLength(AuditRegel.MaximaleLengteTekst).WithErrorCode("ongeldige-actor").WithMessage("Deze actor bestaat niet.");
}
