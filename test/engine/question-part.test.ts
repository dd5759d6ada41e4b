// The asking part of a message that also states facts in a sentence of its own (issue 17, class 2): by the shape
// of the writing alone, the same in every language.
import { describe, expect, it } from "vitest";
import { askingPart, questionPart } from "../../src/engine/requests.js";

describe("questionPart", () => {
  it("keeps the asking sentences beside a statement, in any language", () => {
    expect(questionPart("i'm a commission official . how do i apply?")).toBe("how do i apply?");
    expect(questionPart("is 3 years' experience required? i have 1.5 years")).toBe("is 3 years' experience required?");
    expect(questionPart("je suis fonctionnaire . comment postuler ?")).toBe("comment postuler ?");
    expect(questionPart("ich bin dänin : was muss ich schicken?")).toBe("was muss ich schicken?");
  });
  it("gives nothing when every sentence asks or none does, and never breaks a number or a time", () => {
    expect(questionPart("when is the deadline? how do i apply?")).toBeUndefined();
    expect(questionPart("i have 1.5 years and the deadline is 12:00")).toBeUndefined();
    expect(questionPart("how do i apply")).toBeUndefined();
  });
  it("finds the asking clause after a statement inside one question, by its comma alone", () => {
    expect(askingPart("je suis laureat d'un concours epso , est-ce que j'ai la priorite ?")).toBe("est-ce que j'ai la priorite ?");
    expect(askingPart("i'm an official at the court , do i get priority?")).toBe("do i get priority?");
    expect(askingPart("i'm a commission official . how do i apply?")).toBe("how do i apply?");
    expect(askingPart("hi , deadline?")).toBeUndefined();
    expect(askingPart("i am belgian , with a master")).toBeUndefined();
    expect(askingPart("when is the deadline? how do i apply?")).toBeUndefined();
  });
});
