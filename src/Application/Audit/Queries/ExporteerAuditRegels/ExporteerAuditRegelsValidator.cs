using FluentValidation;

namespace PassendOnderwijs.Application.Audit.Queries.ExporteerAuditRegels;

public sealed class ExporteerAuditRegelsValidator : AbstractValidator<ExporteerAuditRegelsQuery>
{
    public ExporteerAuditRegelsValidator()
    {
        RuleFor(q => q.Tot).GreaterThanOrEqualTo(q => q.Van).When(q => q.Van is not null && q.Tot is not null)
            .WithErrorCode("omgekeerde-periode").WithMessage("De einddatum (tot) ligt voor de begindatum (van).");
    }
}
