using FluentValidation;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ExporteerAanbieders;

public sealed class ExporteerAanbiedersValidator : AbstractValidator<ExporteerAanbiedersQuery>
{
    public ExporteerAanbiedersValidator() => Include(new AanbiederZoekvraagRegels());
}
