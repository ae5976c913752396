import { Component, computed, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { texts, type Lang } from '../../../shared/demande';
import { DemandeForm } from './demande-form';
import { QcButtonDirective } from './qc-ds/qc-button.directive';

/**
 * The page: a language switch and the form. The language is the page's (`<html lang>`): qc-ds
 * elements follow it, so their built-in texts (« Année », errors, the error summary) switch too.
 */
@Component({
  selector: 'app-root',
  imports: [DemandeForm, QcButtonDirective],
  template: `
    <div class="qc-container">
      <p class="qc-ds-example-lang">
        <qc-button type="button" variant="tertiary" [lang]="t().switchLanguageLang" (click)="switchLanguage()">
          {{ t().switchLanguage }}
        </qc-button>
      </p>
      <main>
        <h1>{{ t().title }}</h1>
        <p>{{ t().intro }}</p>
        <app-demande-form [lang]="lang()" />
      </main>
    </div>
  `,
})
export class App {
  protected readonly lang = signal<Lang>('fr');
  protected readonly t = computed(() => texts[this.lang()]);

  constructor() {
    const title = inject(Title);
    effect(() => {
      document.documentElement.lang = this.lang();
      title.setTitle(this.t().title);
    });
  }

  protected switchLanguage(): void {
    this.lang.set(this.t().switchLanguageLang as Lang);
  }
}
