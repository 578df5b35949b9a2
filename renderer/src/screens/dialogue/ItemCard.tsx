import { Alert, Button, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, todayInOslo, type ConfidentialityBasis, type Item } from '../../../../core/index.js';
import { call } from '../../api/client.js';
import { useIssues } from '../../lib/useIssues.js';
import { ConfidentialText, ConfidentialTextfield } from '../../components/Confidential.js';
import { useLocale } from '../../i18n/locale.js';
import { DateField } from '../../components/DateField.js';

/** One question and its answer: answer it, then record when it was made known to all. */
export function ItemCard({ item, n, inRound }: { item: Item; n: number; inRound: boolean }) {
  const { t, locale } = useLocale();
  const [answer, setAnswer] = useState(item.answer ?? '');
  const [basis, setBasis] = useState<ConfidentialityBasis | null>(item.answerConfidential);
  const [answeredDate, setAnsweredDate] = useState(item.answeredDate ?? todayInOslo());
  const [sharedDate, setSharedDate] = useState(todayInOslo());
  const [how, setHow] = useState('');
  const f = useIssues();
  const onError = f.fromError;
  const saveAnswer = useMutation({
    mutationFn: () =>
      call('dialogues.updateItem', {
        id: item.id,
        version: item.version,
        askedBy: item.askedBy,
        question: item.question,
        answer,
        answeredDate,
        answerConfidential: basis,
      }),
    onSuccess: () => f.clear(),
    onError,
  });
  const share = useMutation({
    mutationFn: () => call('dialogues.shareItem', { id: item.id, version: item.version, sharedDate, how }),
    onSuccess: () => f.clear(),
    onError,
  });
  const err = f.errorOf;
  const answered = Boolean(item.answer && item.answeredDate);
  return (
    <li className={`item ${item.shared ? 'is-shared' : 'is-unshared'}`} data-testid="item">
      <div className="item-head">
        <strong>
          {t('question')} {n}
        </strong>
        {item.askedByName && (
          <span className="muted">
            {t('askedBy')}: {item.askedByName}
          </span>
        )}
        {inRound ? (
          <Tag data-color="info" data-size="sm" data-testid="round-item">
            {t('roundItemNotShared')}
          </Tag>
        ) : item.shared ? (
          <Tag data-color="success" data-size="sm">
            {t('sharedStatus', { date: formatDate(item.sharedDate, locale), how: item.sharedHow })}
          </Tag>
        ) : (
          <Tag data-color="warning" data-size="sm">
            {answered ? t('notShared') : t('notAnswered')}
          </Tag>
        )}
      </div>
      <p className="prewrap item-question">{item.question}</p>
      {answered && (
        <div className="item-answer">
          <span className="muted">
            {t('answer')} ({formatDate(item.answeredDate, locale)}):
          </span>
          <ConfidentialText text={item.answer} basis={item.answerConfidential} />
        </div>
      )}
      {f.others(['answer', 'answeredDate', 'sharedDate', 'how']).map((message) => (
        <Alert key={message} data-color="danger" data-size="sm">
          {message}
        </Alert>
      ))}
      {!answered && (
        <div className="item-form">
          <ConfidentialTextfield
            id={`answer-${item.id}`}
            label={t('answer')}
            value={answer}
            onChange={setAnswer}
            basis={basis}
            onBasis={setBasis}
            rows={3}
            error={err('answer')}
          />
          <DateField
            label={t('answeredDate')}
            value={answeredDate}
            onChange={setAnsweredDate}
            error={err('answeredDate')}
          />
          <Button data-size="sm" onClick={() => saveAnswer.mutate()} loading={saveAnswer.isPending}>
            {t('saveItem')}
          </Button>
        </div>
      )}
      {answered && !item.shared && !inRound && !item.answerConfidential && (
        <div className="item-form share-form">
          <DateField label={t('sharedDate')} value={sharedDate} onChange={setSharedDate} error={err('sharedDate')} />
          <Textfield
            label={t('sharedHow')}
            placeholder={t('sharedHowPlaceholder')}
            value={how}
            onChange={(e) => setHow(e.target.value)}
            error={err('how')}
          />
          <Button data-size="sm" onClick={() => share.mutate()} loading={share.isPending}>
            {t('shareItem')}
          </Button>
        </div>
      )}
    </li>
  );
}
