package org.redress.remedies.remedycases.api;

/** Named OpenAPI examples for the remedy officer's work queue. */
final class ActionWorkQueueExamples {

    static final String OVERDUE_PAGE = """
            {"items":[{"actionId":"5d1c7e22-0f3a-4b6e-9a41-2c8d7b0e6f13","actionRef":"A1","type":"APOLOGY",
             "description":"Written apology from the Director for the delay",
             "conditions":["Sent by post, not by email, as the family asked"],"dueDate":"2026-12-04","state":"OVERDUE",
             "status":"OVERDUE","daysOverdue":2,"daysUntilDue":0,"remedyCaseId":"9b2e4f10-6a7d-4e21-8c3b-5f0a1d2e3c4b",
             "caseReference":"REM-2026-000042-7","complaintId":"3f7c2a9e-1b4d-4c55-9a63-0d2f8e6b7a10",
             "complaintReference":"CMP-2026-000123-3"}],
             "page":0,"size":20,"total":1}""";

    static final String BAD_STATE = """
            {"type":"urn:redress:problem:validation","title":"Request is not valid","status":400,
             "detail":"state must be OVERDUE or DUE_SOON","instance":"/remedy-actions","field":"state",
             "errors":[{"field":"state","message":"must be OVERDUE or DUE_SOON"}]}""";

    private ActionWorkQueueExamples() {
    }
}
