namespace Marketplace;

/// <summary>The codes of <see cref="DomainException"/>: what a frontend can switch on.</summary>
public static class ErrorCodes
{
    /// <summary>An input value is malformed, out of range or below a marketplace minimum; the error names the field.</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>The object named does not exist (or the caller may not know that it does).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The caller may not do this to this object.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The action does not apply in the object's current state (a transition the table does not have).</summary>
    public const string InvalidState = "INVALID_STATE";

    /// <summary>Something with this identity exists already (an account's email, a second proposal on one job).</summary>
    public const string AlreadyExists = "ALREADY_EXISTS";

    /// <summary>An idempotency key was used before for a different request.</summary>
    public const string IdempotencyConflict = "IDEMPOTENCY_CONFLICT";

    /// <summary>A transfer would make an account's balance negative.</summary>
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";

    /// <summary>A freelancer has fewer Connects than the proposal costs.</summary>
    public const string InsufficientConnects = "INSUFFICIENT_CONNECTS";

    /// <summary>Sign-in failed: unknown email or wrong password (never said which).</summary>
    public const string InvalidCredentials = "INVALID_CREDENTIALS";

    /// <summary>A time window has passed (a cover letter no longer editable, a review window closed).</summary>
    public const string WindowClosed = "WINDOW_CLOSED";

    /// <summary>The (simulated) card network declined the payment method.</summary>
    public const string PaymentMethodDeclined = "PAYMENT_METHOD_DECLINED";

    /// <summary>A message before a contract carries contact details or asks for payment off the platform (Upwork forbids both).</summary>
    public const string ContactDetailsNotAllowed = "CONTACT_DETAILS_NOT_ALLOWED";
}
