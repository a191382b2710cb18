package org.redress.assessments.assessment.api;

/** Named OpenAPI examples for the assessment operations, kept beside the resource. */
final class AssessmentExamples {

    static final String OPEN = """
            {"referralId":"5a1d7c3e-8f2b-4e60-9d14-2c7b0e9f6a31","assessmentType":"PARENT_CARER",
             "team":"CHILDRENS_SOCIAL_CARE"}""";
    static final String ASSIGN = """
            {"assessor":"sw-0147","from":"2026-11-16"}""";
    static final String NEED = """
            {"code":"N1","area":"CARER_BREAK","eligible":true,"criteriaScore":14,"wayMet":"SHORT_BREAKS",
             "reason":"Fortnightly overnight short breaks","inHomeShortBreaksConsidered":true,
             "identifiedOn":"2026-11-20"}""";
    static final String CSDPA = """
            {"category":"PRACTICAL_ASSISTANCE_IN_THE_HOME","needed":true,"consideredOn":"2026-11-20"}""";
    static final String CONDITIONS = """
            {"conditions":["Keep the children's contact with professionals to a minimum",
             "One named contact for the family throughout: the team manager"],"agreedOn":"2026-11-20"}""";
    static final String COMPLETE = """
            {"caringFamilyMembers":[{"relationship":"SIBLING","carerAssessmentRef":null}],"completedOn":"2026-11-24"}""";
    static final String ROUTED_TO_ADULTS = """
            {"type":"urn:redress:problem:assessment.parent-carer-routed-to-adult-social-care",
             "title":"Breaks a rule of the procedure","status":422,
             "detail":"a parent carer of a disabled child is assessed by children's services under Children Act 1989 s17ZD, not by adult social care",
             "rule":"assessment.parent-carer-routed-to-adult-social-care","field":"team","instance":"/assessments"}""";
    static final String S2_NOT_CONSIDERED = """
            {"type":"urn:redress:problem:assessment.csdpa-s2-not-considered","title":"Breaks a rule of the procedure",
             "status":422,"detail":"a disabled child's assessment must record every CSDPA 1970 s2 category as considered; missing: [ADAPTATIONS]",
             "rule":"assessment.csdpa-s2-not-considered","field":"csdpaS2",
             "instance":"/assessments/c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14/completion"}""";
    static final String COMPLETED_OUT_OF_ORDER = """
            {"type":"urn:redress:problem:assessment.completed-out-of-order","title":"Breaks a rule of the procedure",
             "status":422,"detail":"completedOn 2026-11-18 is before the assignment of sw-0147 on 2026-11-20",
             "rule":"assessment.completed-out-of-order","field":"completedOn",
             "instance":"/assessments/c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14/completion"}""";
    static final String STALE_VERSION = """
            {"type":"urn:redress:problem:concurrent-update","title":"Concurrent update","status":409,
             "detail":"the record was changed by another request; read it again and retry",
             "instance":"/assessments/c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14/needs"}""";
    static final String ALREADY_COMPLETED = """
            {"type":"urn:redress:problem:assessment.already-completed","title":"Conflicts with the current state",
             "status":409,"detail":"assessment ASM-2026-000042-3 was completed on 2026-11-25",
             "rule":"assessment.already-completed","instance":"/assessments/c4e8a2d6-3b1f-4a97-8e5c-7d9f0b2a6e14/completion"}""";

    private AssessmentExamples() {
    }
}
